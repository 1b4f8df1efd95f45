import torch

w = torch.tensor([0.5, -1.0], requires_grad=True)
y = w * 2

# Fix: detach first; the NumPy array then shares memory with y's data.
print("as NumPy:", y.detach().numpy())

y.numpy()  # raises RuntimeError
