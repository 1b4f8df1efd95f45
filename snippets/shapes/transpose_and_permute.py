import torch

x = torch.arange(24).view(2, 3, 4)
print("x:", tuple(x.shape), "stride", x.stride())

# transpose swaps exactly two axes; permute lists the new order of all.
tr = x.transpose(0, 1)
pe = x.permute(2, 0, 1)
print("transpose(0, 1):", tuple(tr.shape), "stride", tr.stride())
print("permute(2, 0, 1):", tuple(pe.shape), "stride", pe.stride())

# Same element, same storage: only the bookkeeping changed.
print("x[1, 2, 3] == pe[3, 1, 2]:", bool(x[1, 2, 3] == pe[3, 1, 2]))
print("pe shares x's memory:", pe.data_ptr() == x.data_ptr())
print("pe is contiguous:", pe.is_contiguous())

# For a matrix, .t() and .T are transpose(0, 1).
m = torch.zeros(2, 5)
print("m.t():", tuple(m.t().shape), " m.T:", tuple(m.T.shape))
