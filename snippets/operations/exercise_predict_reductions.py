import torch

x = torch.tensor([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0]])

print("x.sum(dim=0):   ", x.sum(dim=0))
print("x.argmax(dim=1):", x.argmax(dim=1))
print("x.std(dim=1):   ", x.std(dim=1))
print("x.mean(dim=0) shape:", tuple(x.mean(dim=0).shape))
m = x.max(dim=0, keepdim=True)
print("x.max(dim=0, keepdim=True) values shape:", tuple(m.values.shape))
