"""The adaptive interview: answers to findings, next-question choice, a simulated person. Pure."""
