import torch

x, target, lr = 2.0, 10.0, 0.05
print(f"x = {x}, target = {target}, lr = {lr}")

# Two starting weights: one too small (2*3 < 10), one too large (2*7 > 10).
for start in (3.0, 7.0):
    w = torch.tensor(start, requires_grad=True)
    loss = (w * x - target) ** 2
    loss.backward()
    by_hand = 2 * (start * x - target) * x  # dL/dw = 2(wx - t)x

    with torch.no_grad():  # the update itself must not be recorded
        w -= lr * w.grad
    new_loss = (w * x - target) ** 2

    print(f"w = {start}: autograd grad = {w.grad.item()}")
    print(f"  by hand 2(wx - t)x = {by_hand}")
    print(f"  w after step: {w.item():.4f}")
    print(f"  loss: {loss.item():.4f} -> {new_loss.item():.4f}")
