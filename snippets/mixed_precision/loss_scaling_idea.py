import torch

grad = torch.tensor([1e-8, 3e-6])  # small but meaningful gradients
print("in float16:          ", grad.half())  # 1e-8 is lost

# Multiply first (the "loss scale"), store in float16, divide later in
# float32: the small value survives the trip.
scale = 65536.0
stored = (grad * scale).half()
print("scaled, in float16:  ", stored)
print("unscaled in float32: ", stored.float() / scale)
