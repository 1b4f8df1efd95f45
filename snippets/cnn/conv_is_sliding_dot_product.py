import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randint(0, 10, (1, 1, 4, 4)).float()  # (N, C, H, W)
k = torch.tensor([[[[1.0, 2.0], [0.0, -1.0]]]])  # (C_out, C_in, kH, kW)

out = F.conv2d(x, k)
print("x =")
print(x[0, 0])
print("kernel =")
print(k[0, 0])
print("conv2d output =")
print(out[0, 0])

# The same numbers by hand: lay the kernel on each 2x2 window,
# multiply element by element and add up.
by_hand = torch.zeros(3, 3)
for i in range(3):
    for j in range(3):
        by_hand[i, j] = (x[0, 0, i : i + 2, j : j + 2] * k[0, 0]).sum()
print("equal to the window sums:", torch.equal(out[0, 0], by_hand))
# A textbook convolution flips the kernel first; conv2d does not.
flipped = F.conv2d(x, k.flip(-1, -2))
print("equal with a flipped kernel:", torch.equal(out, flipped))
