import torch

src = torch.tensor([1.0, 2.0, 3.0])
dst = torch.zeros(3)
address = dst.data_ptr()

out = dst.copy_(src)  # copies the values INTO dst's own memory
print("returns dst itself:", out is dst)
print("dst kept its memory:", dst.data_ptr() == address)
print("dst shares src's memory:", dst.data_ptr() == src.data_ptr())

src[0] = 100.0  # the two tensors are independent from here on
dst[2] = -1.0
print("src =", src)
print("dst =", dst)

# dst keeps its dtype and shape; src is converted and broadcast.
grid = torch.zeros(2, 3, dtype=torch.float64)
grid.copy_(torch.tensor([7, 8, 9]))
print("grid =")
print(grid)
