import torch

lr, wd = 0.1, 0.5
results = {}
for cls in (torch.optim.Adam, torch.optim.AdamW):
    p = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
    opt = cls([p], lr=lr, weight_decay=wd)
    for _ in range(3):
        opt.zero_grad()
        ((p - 0.5) ** 2).sum().backward()
        opt.step()
    results[cls.__name__] = p.detach()
    print(f"{cls.__name__:5} after 3 steps:", p.detach())

# Adam adds wd * p to the gradient, which is then divided by sqrt(v_hat)
# like the rest of it; AdamW shrinks the weights outside that scaling.
same = torch.allclose(results["Adam"], results["AdamW"])
print("same result:", same)
