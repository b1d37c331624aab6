"""Exact probabilistic inference over the noisy-OR model, and its explanations. Pure."""
