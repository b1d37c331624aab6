"""How diary entries are entered: forgiving times, durations, units, drink presets and bounds."""
