import torch

pred = torch.tensor([[1.0], [2.0], [3.0], [4.0]])  # a model's (N, 1) output
target = torch.tensor([1.0, 2.0, 3.0, 4.0])  # labels of shape (N,)

diff = pred - target  # broadcasting, not an error
print("diff shape:", tuple(diff.shape))
print("buggy loss:", round((diff**2).mean().item(), 4))

fixed = (pred.squeeze(1) - target) ** 2
print("fixed shape:", tuple(fixed.shape))
print("fixed loss:", round(fixed.mean().item(), 4))
