import torch

src = torch.tensor([1.0, 2.0, 3.0])
buf = torch.zeros(2, 3)

# copy_ writes src's values into buf's existing memory (broadcasting).
buf.copy_(src)
print("buf after copy_ =")
print(buf)

# The values were copied: changing src later leaves buf alone.
src[0] = 100.0
print("src:", src)
print("buf[0]:", buf[0])
print("share memory:", buf.data_ptr() == src.data_ptr())

# The target keeps its own dtype: ints are converted on the way in.
ibuf = torch.zeros(3, dtype=torch.int64)
print("int target:", ibuf.copy_(torch.tensor([1.7, -1.7, 2.2])))
