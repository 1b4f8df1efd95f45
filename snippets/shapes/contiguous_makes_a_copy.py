import torch

m = torch.arange(6).view(2, 3)
t = m.t()
c = t.contiguous()  # new memory, laid out in t's row order

print("c stride:", c.stride(), "contiguous:", c.is_contiguous())
print("c shares m's memory:", c.data_ptr() == m.data_ptr())
print("c.view(6):", c.view(6))

# On a tensor that is already contiguous it returns the tensor itself.
print("m.contiguous() is m:", m.contiguous() is m)
