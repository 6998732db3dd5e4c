// The benches' one way to read `--name value` options from the command line.
const argv = process.argv.slice(2);

/** The value after `name`, or `fallback` when the option is absent. */
export function option(name, fallback) {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
}

/** Whether a bare flag such as `--keep` was given. */
export function flag(name) {
  return argv.includes(name);
}

/** The same, as a number. */
export function numberOption(name, fallback) {
  return Number(option(name, fallback));
}
