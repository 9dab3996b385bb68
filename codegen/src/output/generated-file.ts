/** One file the generator emits, with its path relative to the package directory. */
export interface GeneratedFile {
  readonly path: string;
  readonly content: string;
}
