// The board paper of one pack: the committee report's words, each field the pack's own, or the council's
// default from Settings, or generated from the pack, and saying which. What is shown is what the paper
// prints (the same words `sef board-paper` lists).
import { useState } from 'react';
import type { BoardPaperField, BoardPaperFields as Fields } from '../../../shared/board-paper';
import { ErrorMessage, Loading } from '../../components/Feedback';
import { PageHeader } from '../../components/PageHeader';
import { ApiError, messageOf } from '../../data/bridge';
import { useOp, useOpMutation } from '../../data/ops';
import { BoardPaperFields } from './BoardPaperFields';

/** Saves one field at a time; a refused value keeps its reason beside its field until it is saved. */
export function useFieldSaver(save: (field: BoardPaperField, value: Fields[BoardPaperField] | null) => Promise<unknown>) {
  const [errors, setErrors] = useState<Partial<Record<BoardPaperField, string>>>({});
  const onSave = async (field: BoardPaperField, value: Fields[BoardPaperField] | null) => {
    try {
      await save(field, value);
      setErrors((e) => ({ ...e, [field]: undefined }));
    } catch (err) {
      setErrors((e) => ({ ...e, [field]: err instanceof ApiError ? (Object.values(err.fields)[0] ?? err.message) : messageOf(err) }));
      throw err;
    }
  };
  return { errors, onSave };
}

export function BoardPaperScreen({ packId }: { packId: string }) {
  const { data, error, refetch } = useOp('boardPaper.get', { packId });
  const update = useOpMutation('boardPaper.update').mutateAsync;
  const { errors, onSave } = useFieldSaver((field, value) => update({ packId, fields: { [field]: value } }));
  return (
    <div className="board-paper-screen">
      <PageHeader
        title="Board paper"
        subtitle="What this pack’s committee report says. Each field says whether the words are this pack’s own, the council’s default from Settings, or written by SEF Studio. Empty a field to go back to the default."
      />
      {error && <ErrorMessage onRetry={() => void refetch()}>{error.message}</ErrorMessage>}
      {!data && !error && <Loading what="the board paper" />}
      {data && <BoardPaperFields values={data.fields} sources={data.sources} errors={errors} onSave={onSave} />}
    </div>
  );
}
