# snippet: requires=cuda
import torch

t = torch.arange(3.0, device="cuda")
print("via .cpu():", t.cpu().numpy())

# NumPy can only see CPU memory.
t.numpy()  # raises TypeError
