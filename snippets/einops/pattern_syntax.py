import torch
from einops import rearrange

x = torch.arange(6).reshape(2, 3)
print("x =")
print(x)

# Names on the left label the input axes; the right side says the order.
print("h w -> w h =")
print(rearrange(x, "h w -> w h"))

# Parentheses group axes: (h w) is one axis of length h * w.
print("h w -> (h w) =", rearrange(x, "h w -> (h w)"))
# The order inside the group matters: w now varies slowest.
print("h w -> (w h) =", rearrange(x, "h w -> (w h)"))

# A grouped input axis needs all but one length passed as a keyword.
y = torch.arange(6)
print("(h w) -> h w, h=3 =")
print(rearrange(y, "(h w) -> h w", h=3))

# 1 or () is an axis of length 1: add one, or drop one that is there.
print("h w -> 1 h w: ", tuple(rearrange(x, "h w -> 1 h w").shape))
print("h w -> h () w:", tuple(rearrange(x, "h w -> h () w").shape))
z = torch.zeros(1, 2, 3)
print("1 h w -> h w: ", tuple(rearrange(z, "1 h w -> h w").shape))
