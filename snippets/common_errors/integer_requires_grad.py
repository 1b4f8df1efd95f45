import torch

# Fix: floating-point values (write 1.0, or pass dtype=torch.float32).
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
print("float x:", x)

n = torch.tensor([1, 2, 3], requires_grad=True)  # raises RuntimeError
