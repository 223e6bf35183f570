// The <option>s of a choice from one of the indicator vocabularies, each value with its label.
export function Options<V extends string | number>({ values, labels }: { values: readonly V[]; labels: (value: V) => string }) {
  return (
    <>
      {values.map((v) => (
        <option key={v} value={String(v)}>
          {labels(v)}
        </option>
      ))}
    </>
  );
}
