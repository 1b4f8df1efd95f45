import torch

x = torch.tensor([1.0, 2.0, 3.0, 4.0])
n = x.numel()
print("x:", x, "n:", n)
squares = ((x - x.mean()) ** 2).sum()

print(f"x.std():              {x.std().item():.4f}")  # the default
print(f"sqrt(sum / (n - 1)):  {(squares / (n - 1)).sqrt().item():.4f}")
print(f"x.std(correction=0):  {x.std(correction=0).item():.4f}")
print(f"sqrt(sum / n):        {(squares / n).sqrt().item():.4f}")
