import torch

W = torch.zeros(3, 2, requires_grad=True)
b = torch.zeros(2, requires_grad=True)
optimizers = {
    "SGD": torch.optim.SGD([W, b], lr=0.1),
    "SGD momentum": torch.optim.SGD([W, b], lr=0.1, momentum=0.9),
    "Adam": torch.optim.Adam([W, b], lr=0.1),
}

for name, opt in optimizers.items():
    (W.sum() + b.sum()).backward()
    opt.step()
    opt.zero_grad()
    print(f"{name}:")
    for label, p in (("W", W), ("b", b)):
        state = {k: tuple(v.shape) for k, v in opt.state[p].items()}
        print(f"  {label}: {state}")
