/** HTML and script the hostile fixture puts in a commit subject, an author name, a reviewer and a file name. */
export declare const HOSTILE_HTML: string;
/** The subject of Sam's commit that Dana reviewed. */
export declare const HOSTILE_SUBJECT: string;
/** A document Dana wrote, named with HTML; its heading holds HOSTILE_HTML. */
export declare const HOSTILE_DOC: string;
/** A broken growth file of the hostile fixture and where its problem is reported (`line` null: any line). */
export interface HostileGrowthFile {
  readonly file: string;
  readonly line: number | null;
  /** RegExp source the problem's message matches. */
  readonly pattern: string;
  readonly what: string;
}
export declare const HOSTILE_GROWTH_FILES: readonly HostileGrowthFile[];
