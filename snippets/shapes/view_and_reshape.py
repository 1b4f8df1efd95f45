import torch

x = torch.arange(12)  # 12 numbers in one row of memory
m = x.view(3, 4)  # the same 12 numbers read as 3 rows of 4
r = x.reshape(2, 6)

print("x shape:", tuple(x.shape))
print("m = x.view(3, 4) =")
print(m)
print("r = x.reshape(2, 6) =")
print(r)

# Neither call moved any data: all three start at the same address.
print("m shares x's memory:", m.data_ptr() == x.data_ptr())
print("r shares x's memory:", r.data_ptr() == x.data_ptr())

# So a write through one name is visible through the others.
m[0, 0] = 100
print("x[0] after m[0, 0] = 100:", x[0].item())
print("r[0, 0] after m[0, 0] = 100:", r[0, 0].item())
