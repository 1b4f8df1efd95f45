import torch

print("enabled:", torch.are_deterministic_algorithms_enabled())
torch.use_deterministic_algorithms(True)
print("enabled:", torch.are_deterministic_algorithms_enabled())

# Uninitialised memory is now filled (NaN for floats) instead of leftovers.
print("empty:", torch.empty(3))

# Two writes to index 1: this op switches to an algorithm where the last
# write always wins.
x = torch.zeros(4)
x[torch.tensor([1, 1])] = torch.tensor([5.0, 7.0])
print("x =", x)

# put_ has no deterministic version, so it refuses to run.
y = torch.zeros(4)
y.put_(torch.tensor([1, 1]), torch.tensor([5.0, 7.0]))  # raises RuntimeError
