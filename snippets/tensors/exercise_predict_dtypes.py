import torch

a = torch.tensor([3, 4]) / 2
b = torch.tensor([3, 4]) // 2
c = torch.tensor([True, True]) + torch.tensor([True, False])
d = torch.tensor([1.9, -1.9]).int()

for name, t in [("a", a), ("b", b), ("c", c), ("d", d)]:
    print(f"{name} = {t}  ->  {t.dtype}")
