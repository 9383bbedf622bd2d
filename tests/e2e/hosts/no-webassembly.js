// Simulates a browser or policy without WebAssembly (some locked-down enterprise setups).
delete globalThis.WebAssembly;
