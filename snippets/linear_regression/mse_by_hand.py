import torch
import torch.nn.functional as F

torch.manual_seed(0)
true_w, true_b = torch.tensor([2.0, -3.0]), 0.5
X = torch.randn(100, 2)
y = X @ true_w + true_b + 0.1 * torch.randn(100)
w = torch.zeros(2, requires_grad=True)
b = torch.zeros((), requires_grad=True)

pred = X @ w + b
# Mean squared error: square each residual, then average over the rows.
residual = pred - y
loss = (residual**2).mean()
print("residual shape:", tuple(residual.shape))
print("loss:", loss)
print("loss shape:", tuple(loss.shape))

# The library function computes the same number.
print("F.mse_loss:", F.mse_loss(pred, y))
