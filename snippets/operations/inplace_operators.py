import torch

x = torch.tensor([1, 2, 3])
alias = x  # a second name for the same tensor, not a copy

# += works in place: the tensor that both names refer to changes.
x += 1
print("after x += 1:     x =", x, " alias =", alias)
print("still one tensor:", x is alias)

# x = x + 1 builds a new tensor and points x at it.
x = x + 1
print("after x = x + 1:  x =", x, " alias =", alias)
print("still one tensor:", x is alias)

# The other augmented operators behave like += (in place).
alias *= 10
print("after alias *= 10: alias =", alias)
