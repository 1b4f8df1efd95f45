import torch

i8 = torch.tensor([1, 2], dtype=torch.int8)
five = torch.tensor(5)  # 0-dim, int64
print("five:", five.dtype, " ndim:", five.ndim)

# A 0-dim tensor of the same kind does not widen i8, like the Python 5.
print("i8 + five:       ", (i8 + five).dtype)
print("i8 + 5:          ", (i8 + 5).dtype)
# One element but one dimension: this tensor counts in full.
print("i8 + tensor([5]):", (i8 + torch.tensor([5])).dtype)

# A 0-dim tensor of a higher kind sets the kind, and brings its own size.
print("i8 + tensor(2.5):", (i8 + torch.tensor(2.5)).dtype)
half = torch.tensor(2.5, dtype=torch.float64)
print("i8 + 0-dim f64:  ", (i8 + half).dtype)
# Within one kind, the tensor with dimensions wins.
f32 = torch.tensor([1.0, 2.0])
print("f32 + 0-dim f64: ", (f32 + half).dtype)
