import torch

pred = torch.tensor([1.0, 2.0, 3.0, 4.0])  # model output, shape (4,)
target = torch.tensor([[1.0], [2.0], [3.0], [5.0]])  # labels, (4, 1)

# Meant: 4 differences. Got: every pred minus every target.
diff = pred - target
print("diff shape:", tuple(diff.shape), " elements:", diff.numel())
print("wrong MSE:", round((diff**2).mean().item(), 4))

# Same shapes first, then subtract.
right = pred - target.squeeze(1)
print("right shape:", tuple(right.shape))
print("right MSE:", round((right**2).mean().item(), 4))
