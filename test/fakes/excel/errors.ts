/**
 * 模擬 Excel のエラー。office.js の context.sync() が返す RichApi.Error（OfficeExtension.Error）と同じ形：
 * code・message・debugInfo.errorLocation を持つ。コードは Excel.ErrorCodes（@types/office-js）にあるもの。
 *
 * 出典：Excel JavaScript API の OfficeExtension.Error（code, debugInfo）と Excel.ErrorCodes、
 * 「Application-specific API model」（load していないプロパティを読むと PropertyNotLoaded）。
 */
export type FakeErrorCode =
  | "PropertyNotLoaded"
  | "ItemNotFound"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidOperationInCellEditMode"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "RangeExceedsLimit"
  | "AccessDenied"
  | "ApiNotFound"
  | "GeneralException"
  | "ItemAlreadyExists";

export interface FakeOfficeError extends Error {
  code: FakeErrorCode;
  debugInfo: { code: FakeErrorCode; message: string; errorLocation: string };
}

export function officeError(code: FakeErrorCode, message: string, location = ""): FakeOfficeError {
  const error = new Error(message) as FakeOfficeError;
  error.name = "RichApi.Error";
  error.code = code;
  error.debugInfo = { code, message, errorLocation: location };
  return error;
}

/** load と sync をしていないプロパティを読んだ（office.js は PropertyNotLoaded を投げる）。 */
export function notLoaded(property: string, owner: string): FakeOfficeError {
  return officeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${owner}.${property}`,
  );
}
