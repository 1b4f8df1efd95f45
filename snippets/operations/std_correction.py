import torch

x = torch.tensor([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0])
n = x.numel()
squares = ((x - x.mean()) ** 2).sum()  # sum of squared deviations
print("n:", n, " n - 1:", n - 1)
print("mean:", x.mean().item(), " squares:", squares.item())

# The two textbook formulas, computed by hand.
sample = (squares / (n - 1)).sqrt()  # divide by n - 1
population = (squares / n).sqrt()  # divide by n
print(f"by hand, n - 1: {sample:.4f}   by hand, n: {population:.4f}")

# torch.std uses n - 1 by default (Bessel's correction).
print(f"torch.std(x):               {x.std():.4f}")
# correction=0 switches to the population formula.
print(f"torch.std(x, correction=0): {x.std(correction=0):.4f}")

# var follows the same default.
print(f"var(): {x.var():.4f}   var(correction=0): {x.var(correction=0):.4f}")
