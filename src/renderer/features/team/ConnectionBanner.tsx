// The banner under the header while the team database cannot be reached: what happened, that what is
// typed stays on screen and is saved when the connection is back, and that nothing needs doing. It goes
// when the host says the server answers again, and "Connected again" is announced.
import { useEffect, useRef, useState } from 'react';
import { useConnection, useHostConnectionStatus } from '../../data/connection';

export function ConnectionBanner() {
  useHostConnectionStatus();
  const online = useConnection((s) => s.online);
  const reconnections = useConnection((s) => s.reconnections);
  // Said once after a reconnection, to screen readers; the banner itself has gone.
  const [back, setBack] = useState(false);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setBack(true);
  }, [reconnections]);

  return (
    <>
      {!online && (
        <div className="connection-banner notice notice--warn" role="alert">
          <p>
            <strong>The connection to the team database was lost.</strong> What you type stays on screen and is saved when the
            connection comes back. SEF Studio is reconnecting by itself; if this lasts, check your network connection.
          </p>
        </div>
      )}
      <p className="visually-hidden" role="status">
        {online && back ? 'The connection to the team database is back. Your changes are being saved.' : ''}
      </p>
    </>
  );
}
