// A choice (radio, select) shown as made the moment it is made, while the save is on its way: the
// controlled input would otherwise jump back to the saved value until the change event brings the new
// one. When the saved value moves (the change arrived, or someone else's), that is shown; if the save is
// refused, cancel() puts the saved value back.
import { useEffect, useState } from 'react';

export function usePendingChoice<T>(saved: T): { shown: T; choose(value: T): void; cancel(): void } {
  const [pending, setPending] = useState<{ value: T } | null>(null);
  useEffect(() => setPending(null), [saved]);
  return {
    shown: pending ? pending.value : saved,
    choose: (value) => setPending({ value }),
    cancel: () => setPending(null),
  };
}
