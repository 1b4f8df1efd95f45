import torch

torch.manual_seed(0)
true_w, true_b = torch.tensor([2.0, -3.0]), 0.5
X = torch.randn(100, 2)
y = X @ true_w + true_b + 0.1 * torch.randn(100)

# Least squares has an exact answer: append a column of ones for b
# and solve the linear system in one call, no gradients involved.
A = torch.cat([X, torch.ones(100, 1)], dim=1)
best = torch.linalg.lstsq(A, y.unsqueeze(1)).solution.squeeze(1)
print("exact w:", best[:2])
print(f"exact b: {best[2].item():.4f}")
best_loss = ((A @ best - y) ** 2).mean()
true_loss = ((X @ true_w + true_b - y) ** 2).mean()
print(f"loss at the exact answer:   {best_loss.item():.4f}")
print(f"loss at the true w and b:   {true_loss.item():.4f}")
