import torch

torch.manual_seed(0)  # the same 100 points every run

# The rule we pretend not to know: y = X @ w + b, plus a little noise.
true_w = torch.tensor([2.0, -3.0])
true_b = 0.5
X = torch.randn(100, 2)
noise = 0.1 * torch.randn(100)
y = X @ true_w + true_b + noise

print("true w:", true_w, " true b:", true_b)
print("X shape:", tuple(X.shape))
print("y shape:", tuple(y.shape))
print("first 3 rows of X =")
print(X[:3])
print("first 3 targets:", y[:3])
print("noise std:", round(noise.std().item(), 4))
