// Claims a reader would question, each a link to its paragraph: shown in the pack's readiness and in the
// export dialog before a document goes out.
import type { ClaimFlag } from '../../../shared/claims/flag';
import { CLAIM_FLAG_LABELS } from '../../../shared/claims/flag';
import { useNavigation } from '../../app/navigation';

export function ClaimFlags({ packId, flags, limit, onFollow }: { packId: string; flags: ClaimFlag[]; limit?: number; onFollow?: () => void }) {
  const go = useNavigation((s) => s.go);
  const shown = limit ? flags.slice(0, limit) : flags;
  if (!flags.length) return <p>Every paragraph of “What do you know” cites evidence or an indicator, and the figures the text gives match the indicators it cites.</p>;
  return (
    <>
      <ol className="claim-flags">
        {shown.map((f, i) => (
          <li key={`${f.areaId}-${f.sectionId}-${f.blockIndex}-${f.itemIndex}-${f.kind}-${i}`} className="claim-flags__item">
            <span className="tag tag--warn">{CLAIM_FLAG_LABELS[f.kind]}</span>{' '}
            <a
              href="#"
              onClick={(e) => {
                e.preventDefault();
                onFollow?.();
                go({ name: 'area', packId, areaId: f.areaId, focus: { sectionId: f.sectionId, blockIndex: f.blockIndex, itemIndex: f.itemIndex } });
              }}
            >
              {f.areaTitle}: “{f.excerpt}”
            </a>
            <p className="claim-flags__message">{f.message}</p>
          </li>
        ))}
      </ol>
      {limit && flags.length > limit && <p>…and {flags.length - limit} more, listed in the pack’s readiness.</p>}
    </>
  );
}
