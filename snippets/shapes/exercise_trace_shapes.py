import torch

t = torch.zeros(4, 3, 8, 8)

print("a:", tuple(t.view(4, -1).shape))
print("b:", tuple(t.permute(0, 2, 3, 1).shape))
print("c:", tuple(t[:, 0].shape))
print("d:", tuple(t.flatten(2).shape))
print("e:", tuple(torch.cat([t, t], dim=1).shape))
print("f:", tuple(torch.stack([t, t], dim=1).shape))
print("g:", tuple(t[0].unsqueeze(0).shape))
