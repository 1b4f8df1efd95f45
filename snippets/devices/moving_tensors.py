import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

x = torch.arange(3.0)  # created on the CPU
y = x.to(device)  # a copy on `device`, or x itself if it is already there
print("x.device:", x.device, "| y.device:", y.device)
print("y is x:", y is x)

# .cpu() brings a tensor back (again, no copy if it is already there).
z = y.cpu()
print("z.device:", z.device, "| z is x:", z is x)

# Device and dtype can change in one call.
w = x.to(device, torch.float16)
print("w:", w.device, w.dtype)
