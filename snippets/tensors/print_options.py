import torch

x = torch.tensor([1 / 3, 2 / 3, 12.5])
print("default:     ", x)

# precision sets the number of digits after the decimal point.
torch.set_printoptions(precision=2)
print("precision=2: ", x)
# Past float32's ~7 significant digits, storage noise shows up.
torch.set_printoptions(precision=10)
print("precision=10:", x)

# Options are global: restore the defaults when done.
torch.set_printoptions(profile="default")
print("default:     ", x)
print("values unchanged:", x[0].item())
