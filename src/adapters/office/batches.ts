import { isPayloadError, PAYLOAD_BUDGET } from "./budget";

/** 書き込み 1 つ：見積もった要求の大きさと、待ち行列に積む関数（送り直すときにもう一度呼ぶ）。 */
export interface QueuedOp {
  bytes: number;
  queue: () => void;
}

function group(ops: QueuedOp[], budget: number): QueuedOp[][] {
  const groups: QueuedOp[][] = [];
  let current: QueuedOp[] = [];
  let size = 0;
  for (const op of ops) {
    if (current.length > 0 && size + op.bytes > budget) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(op);
    size += op.bytes;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * 操作を予算ごとにまとめて context.sync() で送る（ふつうは 1 回）。見積もりが外れて要求が大きすぎると
 * 言われたら、その回は何も実行されていないので、半分に分けて送り直す。tail は最後の回に一緒に積む（読み返しなど）。
 */
export async function syncInBatches(ctx: Excel.RequestContext, ops: QueuedOp[], tail?: () => void, budget = PAYLOAD_BUDGET): Promise<void> {
  const groups = group(ops, budget);
  if (groups.length === 0 && tail) groups.push([]);
  const send = async (batch: QueuedOp[], last: boolean): Promise<void> => {
    for (const op of batch) op.queue();
    if (last) tail?.();
    try {
      await ctx.sync();
    } catch (e) {
      if (!isPayloadError(e) || batch.length < 2) throw e;
      const half = Math.ceil(batch.length / 2);
      await send(batch.slice(0, half), false);
      await send(batch.slice(half), last);
    }
  };
  await groups.reduce<Promise<void>>((previous, batch, i) => previous.then(() => send(batch, i === groups.length - 1)), Promise.resolve());
}
