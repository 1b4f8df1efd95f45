import torch

# Apply the same function n = 1..6 times; autograd gives d out / d x.
for name, fn in [("sigmoid", torch.sigmoid), ("relu", torch.relu)]:
    grads = []
    for n in range(1, 7):
        x = torch.tensor(1.0, requires_grad=True)
        y = x
        for _ in range(n):
            y = fn(y)
        y.backward()
        grads.append(f"{x.grad.item():.2e}")
    print(f"{name:8}", "  ".join(grads))
print("0.25^n  ", "  ".join(f"{0.25**n:.2e}" for n in range(1, 7)))
