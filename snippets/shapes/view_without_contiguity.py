import torch

t = torch.arange(24).view(4, 6).t()  # shape (6, 4)
print("t stride:", t.stride(), " contiguous:", t.is_contiguous())

# Splitting axis 0 (size 6, stride 1) into (2, 3) needs strides (3, 1).
s = t.view(2, 3, 4)
print("t.view(2, 3, 4) stride:", s.stride())
print("shares t's memory:", s.data_ptr() == t.data_ptr())

# Merging axes works when one steps over the next exactly: here axis 1
# has stride 12 = 3 * 4, the size times the stride of axis 2.
p = torch.arange(24).view(2, 3, 4).permute(2, 0, 1)
print("p stride:", p.stride(), " contiguous:", p.is_contiguous())
q = p.view(4, 6)
print("p.view(4, 6) stride:", q.stride())
print("shares p's memory:", q.data_ptr() == p.data_ptr())
