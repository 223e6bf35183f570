// The council's default words for every board paper, in Settings: a pack's own words override them, and
// a field with neither is written by SEF Studio from the pack.
import { useOp, useOpMutation } from '../../data/ops';
import { ErrorMessage } from '../../components/Feedback';
import { BoardPaperFields } from './BoardPaperFields';
import { useFieldSaver } from './BoardPaperScreen';

export function BoardPaperDefaults() {
  const { data, error, refetch } = useOp('boardPaper.getDefaults', {});
  const setDefaults = useOpMutation('boardPaper.setDefaults').mutateAsync;
  const { errors, onSave } = useFieldSaver((field, value) => setDefaults({ fields: { [field]: value } }));
  return (
    <section className="panel settings-grid__wide" aria-labelledby="settings-board-paper">
      <h2 id="settings-board-paper" className="panel__title">
        Board paper defaults
      </h2>
      <p className="muted">
        Words every board paper uses unless its pack has its own: the meeting, the contact officer, the implications your council always
        states. Leave a field empty and SEF Studio writes it from the pack.
      </p>
      <ErrorMessage onRetry={() => void refetch()}>{error?.message}</ErrorMessage>
      {data && <BoardPaperFields values={data} errors={errors} onSave={onSave} />}
    </section>
  );
}
