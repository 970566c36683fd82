export * from "./types";
export { encodeState, decodeState, CHUNK_CHARS, MAX_STATE_CHARS, type DecodedState, type EncodedState } from "./codec";
export { toUndoWrite, restoreBefore } from "./undo-diff";
export { fnv1a } from "./hash";
