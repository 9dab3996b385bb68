// Preloaded into the Prism process (node --import): Prism exits when the mock that started it
// goes away, even when the mock is killed with no chance to stop it (the IPC channel closes).
process.on('disconnect', () => process.exit(0));
export {};
