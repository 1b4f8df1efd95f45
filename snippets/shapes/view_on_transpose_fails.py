import torch

t = torch.arange(6).view(2, 3).t()  # shape (3, 2), stride (1, 3)
print("t =")
print(t)
print("t stride:", t.stride(), " contiguous:", t.is_contiguous())

# reshape copies when it has to, so it still works.
print("t.reshape(6):", t.reshape(6))

# view never copies, and no stride can walk 0, 3, 1, 4, 2, 5.
t.view(6)  # raises RuntimeError
