import torch

i = torch.tensor([1, 2, 3])  # int64
f64 = torch.tensor([0.5, 0.5, 0.5], dtype=torch.float64)
b = torch.tensor([True, False, True])

# A Python float lifts ints to the default float, float32.
print("int + 0.5:      ", (i + 0.5).dtype)
# Two tensors of different kinds: the result holds both.
print("int + float64:  ", (i + f64).dtype)
# bool counts as the lowest kind: True + 1 is 2.
print("bool + int:     ", b + i, (b + i).dtype)
# A Python scalar of the same kind does not widen the tensor.
i8 = torch.tensor([1, 2], dtype=torch.int8)
print("int8 + 100:     ", (i8 + 100).dtype)

# Ask PyTorch directly instead of guessing.
print("result_type:    ", torch.result_type(i, 2.5))
print("promote_types:  ", torch.promote_types(torch.int32, torch.float16))
print("promote_types:  ", torch.promote_types(torch.uint8, torch.int8))
