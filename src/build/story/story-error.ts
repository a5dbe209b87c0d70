/** A problem in a story or data file, named by file and field: `stories/x/en.aml: steps[3].view: …`. */
export class StoryError extends Error {
  readonly file: string;
  readonly path: string;

  constructor(file: string, path: string, problem: string) {
    super(`${file}: ${path}: ${problem}`);
    this.name = 'StoryError';
    this.file = file;
    this.path = path;
  }
}
