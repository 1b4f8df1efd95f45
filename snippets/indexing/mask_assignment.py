import torch

x = torch.tensor([3.0, -1.0, 0.5, -4.0, 2.0])
x[x < 0] = 0.0  # in place: every True position gets the value
print("negatives set to 0: ", x)

y = torch.tensor([3.0, -1.0, 0.5, -4.0, 2.0])
y[y < 0] *= 10  # reads the selected values, scales, writes back
print("negatives times 10: ", y)

# The right-hand side may also give one value per True position.
z = torch.tensor([3.0, -1.0, 0.5, -4.0, 2.0])
z[z < 0] = torch.tensor([-10.0, -40.0])
print("one value per True: ", z)
