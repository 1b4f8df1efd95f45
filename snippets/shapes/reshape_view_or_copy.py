import torch

m = torch.arange(6).view(2, 3)
a = m.reshape(3, 2)  # m's strides can express (3, 2): a view
b = m.t().reshape(6)  # the transpose's axes cannot merge: a copy

print("a shares m's memory:", a.data_ptr() == m.data_ptr())
print("b shares m's memory:", b.data_ptr() == m.data_ptr())

m[0, 0] = 100
print("a after m[0, 0] = 100:", a.flatten())
print("b after m[0, 0] = 100:", b)
